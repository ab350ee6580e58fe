import { checkoutImpact } from './__fixtures__/impact';
import {
  formatComposite,
  formatDelta,
  formatImpactTarget,
  impactStatus,
} from './formatImpact';

describe('formatImpact', () => {
  it.each`
    percent    | composite     | target
    ${99.8501} | ${'99.850%'}  | ${'99.8501%'}
    ${99.4503} | ${'99.450%'}  | ${'99.4503%'}
    ${98.953}  | ${'98.953%'}  | ${'98.953%'}
    ${99.5}    | ${'99.500%'}  | ${'99.50%'}
    ${100}     | ${'100.000%'} | ${'100.00%'}
  `(
    'shows $percent as $composite / $target',
    ({ percent, composite, target }) => {
      expect(formatComposite(percent)).toBe(composite);
      expect(formatImpactTarget(percent)).toBe(target);
    },
  );

  it.each`
    points     | text
    ${-0.3998} | ${'\u22120.3998 pp'}
    ${-0.4}    | ${'\u22120.4 pp'}
    ${0.05}    | ${'+0.05 pp'}
    ${1}       | ${'+1 pp'}
    ${0}       | ${'no change'}
  `('shows a change of $points as $text', ({ points, text }) => {
    expect(formatDelta(points)).toBe(text);
  });

  const [storefront, bff, reports] = checkoutImpact.impacted_services;
  it.each`
    service                                          | status
    ${storefront}                                    | ${'At risk'}
    ${{ ...storefront, already_below_target: true }} | ${'Already below target'}
    ${bff}                                           | ${'No SLO'}
    ${reports}                                       | ${'Within target'}
  `('flags $service.service_id as $status', ({ service, status }) => {
    expect(impactStatus(service)).toBe(status);
  });
});
