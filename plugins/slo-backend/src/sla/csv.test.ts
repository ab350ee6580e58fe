import { guardFormula, toCsv } from './csv';
import {
  entityReportCsv,
  fleetEntitiesCsv,
  fleetSummaryCsv,
} from './reportCsv';
import { SlaFleetReport, SlaMonthRow } from './types';

describe('toCsv', () => {
  it('writes RFC 4180: header, CRLF after each record, quotes only where needed', () => {
    const csv = toCsv(['name', 'note', 'n', 'ok', 'missing'] as const, [
      { name: 'plain', note: 'a, b', n: 99.5, ok: true, missing: null },
      {
        name: 'say "hi"',
        note: 'line 1\nline 2',
        n: 0,
        ok: false,
        missing: undefined,
      },
      { name: 'cr\r', note: '', n: 1e-7, ok: true, missing: 'x' },
    ]);
    expect(csv).toBe(
      'name,note,n,ok,missing\r\n' +
        'plain,"a, b",99.5,true,\r\n' +
        '"say ""hi""","line 1\nline 2",0,false,\r\n' +
        '"cr\r",,1e-7,true,x\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['a=1', 'a=1'],
    ['component:default/x', 'component:default/x'],
    ['', ''],
  ])('guards %j against formula injection', (text, expected) => {
    expect(guardFormula(text)).toBe(expected);
  });

  it('guards text cells but leaves numbers alone, then quotes', () => {
    expect(
      toCsv(['a', 'b', 'c'] as const, [{ a: '=1+2,3', b: -1, c: '@"x"' }]),
    ).toBe(`a,b,c\r\n"'=1+2,3",-1,"'@""x"""\r\n`);
  });
});

const row: SlaMonthRow = {
  month: '2026-11',
  target_percent: 99.5,
  actual_percent: 99.55,
  good: 199_100,
  total: 200_000,
  status: 'at_risk',
  deficit_pp: 0,
  final: false,
  days_with_data: 20,
  days_elapsed: 20,
  data_coverage_percent: 100,
};

describe('report CSVs', () => {
  it('entity report: one row per month with the entity and the target source', () => {
    expect(
      entityReportCsv({
        service_id: 'component:default/checkout',
        target_percent: 99.5,
        target_source: 'annotation',
        generated_at: '2026-11-21T06:00:00.000Z',
        months: [
          row,
          {
            ...row,
            month: '2026-10',
            actual_percent: null,
            good: 0,
            total: 0,
            status: 'met',
            final: true,
            days_with_data: 0,
            days_elapsed: 31,
            data_coverage_percent: 0,
          },
        ],
      }),
    ).toBe(
      'service_id,target_source,month,target_percent,actual_percent,good,total,status,deficit_pp,final,days_with_data,days_elapsed,data_coverage_percent\r\n' +
        'component:default/checkout,annotation,2026-11,99.5,99.55,199100,200000,at_risk,0,false,20,20,100\r\n' +
        'component:default/checkout,annotation,2026-10,99.5,,0,0,met,0,true,0,31,0\r\n',
    );
  });

  const fleet: SlaFleetReport = {
    generated_at: '2026-11-21T06:00:00.000Z',
    filters: { owner: null, system: null },
    months: [
      {
        month: '2026-11',
        final: false,
        summary: {
          entities: 2,
          compliant: 0,
          at_risk: 1,
          failed: 1,
          compliance_percent: 0,
        },
        entities: [
          {
            ...row,
            service_id: 'component:default/checkout',
            owner: '=cmd|"/c calc"!A1',
            system: 'system:default/shop, eu',
            target_source: 'annotation',
          },
          {
            ...row,
            service_id: 'component:default/payments',
            owner: '@team-b',
            system: null,
            target_source: 'api',
            target_percent: 99.9,
            actual_percent: 99.8,
            status: 'failed',
            deficit_pp: 0.1,
          },
        ],
      },
    ],
    skipped: [],
  };

  it('fleet entities: month first, user text guarded and quoted', () => {
    expect(fleetEntitiesCsv(fleet)).toBe(
      'month,service_id,owner,system,target_source,target_percent,actual_percent,good,total,status,deficit_pp,final,days_with_data,days_elapsed,data_coverage_percent\r\n' +
        `2026-11,component:default/checkout,"'=cmd|""/c calc""!A1","system:default/shop, eu",annotation,99.5,99.55,199100,200000,at_risk,0,false,20,20,100\r\n` +
        `2026-11,component:default/payments,'@team-b,,api,99.9,99.8,199100,200000,failed,0.1,false,20,20,100\r\n`,
    );
  });

  it('fleet summary: one row per month', () => {
    expect(fleetSummaryCsv(fleet)).toBe(
      'month,final,entities,compliant,at_risk,failed,compliance_percent\r\n' +
        '2026-11,false,2,0,1,1,0\r\n',
    );
  });
});
