import { Entity } from '@backstage/catalog-model';
import { AutoApprovalRule, CycleAlert } from '@slo-engine/plugin-slo-common';

/** The rule of docs/lifecycle.md, plus one limited to a team. */
export const lowRiskRule: AutoApprovalRule = {
  id: '5b0d8a52-7c1e-4a0f-9d3b-2e6f7a8b9c01',
  name: 'low-risk services',
  enabled: true,
  conditions: {
    tier: 'balanced',
    criticality: ['low', 'medium'],
    confidence_min: 0.85,
    lifecycle: ['production'],
  },
  created_by: 'user:default/sre-admin',
  created_at: '2026-02-01T09:00:00.000Z',
  updated_by: 'user:default/sre-admin',
  updated_at: '2026-02-01T09:00:00.000Z',
};

export const storefrontRule: AutoApprovalRule = {
  id: '5b0d8a52-7c1e-4a0f-9d3b-2e6f7a8b9c02',
  name: 'storefront conservative',
  enabled: false,
  conditions: {
    tier: 'conservative',
    team: ['group:default/team-storefront'],
  },
  created_by: 'user:default/sre-admin',
  created_at: '2026-02-10T15:30:00.000Z',
  updated_by: 'user:default/guest',
  updated_at: '2026-02-12T08:15:00.000Z',
};

/** Two open cycles: checkout's retry loop with cart, search's index loop. */
export const cartCycle: CycleAlert = {
  id: '9c2e4b61-0d3f-4e8a-b1c2-3d4e5f6a7b01',
  members: ['component:default/cart', 'component:default/checkout'],
  path: [
    'component:default/checkout',
    'component:default/cart',
    'component:default/checkout',
  ],
  status: 'open',
  detectedAt: '2026-02-27T10:15:00.000Z',
};

export const searchCycle: CycleAlert = {
  id: '9c2e4b61-0d3f-4e8a-b1c2-3d4e5f6a7b02',
  members: [
    'component:default/search',
    'component:default/search-index-primary',
  ],
  path: [
    'component:default/search',
    'component:default/search-index-primary',
    'component:default/search',
  ],
  status: 'open',
  detectedAt: '2026-02-20T07:45:00.000Z',
};

const component = (name: string, owner: string, system: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner, system },
});

/** The cycle members as the demo catalog has them (examples/components.yaml). */
export const cycleMemberEntities: Entity[] = [
  component('cart', 'team-checkout', 'checkout'),
  component('checkout', 'team-checkout', 'checkout'),
  component('search', 'team-storefront', 'storefront'),
  component('search-index-primary', 'team-platform', 'storefront'),
];
