import { ARCHETYPES, chooseArchetype } from './archetypes';

describe('ARCHETYPES', () => {
  it.each([
    ['api-gateway', 0.9995, 200],
    ['backend-service', 0.999, 500],
    ['external-integration', 0.995, 2000],
  ] as const)('%s: %s and p99 %s ms', (id, availability, p99) => {
    expect(ARCHETYPES[id]).toMatchObject({ availability, latencyP99Ms: p99 });
  });
});

describe('chooseArchetype', () => {
  it.each([
    // kind, type, hint, archetype
    ['Component', 'service', undefined, 'backend-service'],
    ['Component', 'website', undefined, 'api-gateway'],
    ['Component', 'Gateway', undefined, 'api-gateway'],
    ['Component', 'external', undefined, 'external-integration'],
    ['Component', 'third-party', undefined, 'external-integration'],
    ['Resource', 'database', undefined, 'external-integration'],
    ['Component', 'library', undefined, 'backend-service'],
    ['API', undefined, undefined, 'backend-service'],
    ['Component', 'service', 'api-gateway', 'api-gateway'], // hint wins
    ['Component', 'website', 'bogus', 'api-gateway'], // unknown hint ignored
  ])('%s/%s with hint %s → %s', (kind, type, hint, id) => {
    const choice = chooseArchetype({ kind, type }, hint);
    expect(choice.archetype.id).toBe(id);
    expect(choice.reason.length).toBeGreaterThan(0);
  });
});
