import {
  availability,
  boundByPayments,
} from '../../__fixtures__/recommendations';
import { availabilityOf } from '../shared';
import { attributionRows } from './attribution';

describe('attributionRows', () => {
  it('turns ratio Shapley values into percentage points', () => {
    // −0.004 of the ratio is 99.5% − 99.9%: −0.4 percentage points.
    expect(
      attributionRows(availability.explanation.feature_attribution),
    ).toEqual([
      {
        feature: 'historical_availability',
        label: 'Historical availability',
        value: '99.793%',
        baseline: '99.9%',
        contributionPp: -0.4,
        contribution: '−0.4 pp',
      },
      {
        feature: 'dependency_risk',
        label: 'Dependency risk',
        value: '99.95%',
        baseline: '100%',
        contributionPp: 0,
        contribution: '±0 pp',
      },
      {
        feature: 'external_dependency_reliability',
        label: 'External dependency reliability',
        value: '100%',
        baseline: '100%',
        contributionPp: 0,
        contribution: '±0 pp',
      },
      {
        feature: 'traffic_volume',
        label: 'Traffic volume',
        value: '1,000,000 events/day',
        baseline: '1,000,000 events/day',
        contributionPp: 0,
        contribution: '±0 pp',
      },
      {
        feature: 'seasonality',
        label: 'Seasonality',
        value: '0.08',
        baseline: '0',
        contributionPp: 0,
        contribution: '±0 pp',
      },
    ]);
  });

  it('sums to the balanced target minus the fleet baseline', () => {
    // 99% − 99.9% = −0.9 pp, split −0.65 / −0.25 / 0.
    const rows = attributionRows(
      availabilityOf(boundByPayments)!.explanation.feature_attribution,
    );
    expect(rows.map(r => r.contribution)).toEqual([
      '−0.65 pp',
      '−0.25 pp',
      '±0 pp',
    ]);
    expect(rows.reduce((s, r) => s + r.contributionPp, 0)).toBeCloseTo(-0.9);
  });

  it.each([
    ['deployment_frequency', 3.5, '3.5 per week', 'Deployment frequency'],
    ['something_new', 0.1234, '0.123', 'something new'],
  ])('formats %s', (feature, value, shown, label) => {
    const [row] = attributionRows([
      { feature, value, baseline: value, contribution: 0.0001 },
    ]);
    expect(row).toMatchObject({
      value: shown,
      label,
      contribution: '+0.01 pp',
    });
  });
});
