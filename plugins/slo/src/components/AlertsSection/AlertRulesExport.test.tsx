import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { http, HttpResponse } from 'msw';
import { ALERT_EXPORT_FORMATS } from '@slo-engine/plugin-slo-common';
import {
  CHECKOUT_PATH,
  renderSloSection,
  serializedError,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { prometheusRules } from './__fixtures__/alerts';
import { AlertRulesExport } from './AlertRulesExport';

const server = sloTestServer();
const CHECKOUT = { kind: 'Component', namespace: 'default', name: 'checkout' };
const FORMATS = [...ALERT_EXPORT_FORMATS];

type Answer = () => Response | Promise<Response>;

describe('AlertRulesExport', () => {
  const createObjectURL = jest.fn((_: Blob) => 'blob:rules');
  const revokeObjectURL = jest.fn();
  let click: jest.SpyInstance;

  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
  });
  afterEach(() => {
    click.mockRestore();
    createObjectURL.mockClear();
  });

  function serveRules(answer?: Answer) {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(`${CHECKOUT_PATH}/slos/alerts`, ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        if (answer) return answer();
        const format = new URL(request.url).searchParams.get('format');
        return new HttpResponse(prometheusRules, {
          headers: {
            'content-type': 'application/yaml; charset=utf-8',
            'content-disposition': `attachment; filename="component-default-checkout.${
              format === 'prometheus' ? 'rules' : 'prometheusrule'
            }.yaml"`,
          },
        });
      }),
    );
    return queries;
  }

  it('downloads the rules in the chosen format', async () => {
    const queries = serveRules();
    await renderSloSection(
      <AlertRulesExport entity={CHECKOUT} formats={FORMATS} />,
    );

    const format = await screen.findByLabelText('Export format');
    expect(
      within(format)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual([
      'Prometheus rule file',
      'PrometheusRule (Prometheus operator)',
      'OpenSLO v1',
      'Sloth prometheus/v1 specs',
      'Pyrra ServiceLevelObjectives',
    ]);
    fireEvent.change(format, { target: { value: 'openslo' } });
    expect(
      screen.getByText(/Dynamic burn rates cannot be expressed/),
    ).toBeInTheDocument();
    fireEvent.change(format, { target: { value: 'prometheus-operator' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));

    expect(
      await screen.findByText(
        'Downloaded component-default-checkout.prometheusrule.yaml.',
      ),
    ).toBeInTheDocument();
    expect(queries[0].get('format')).toBe('prometheus-operator');
    expect(queries[0].get('download')).toBe('true');
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('application/yaml; charset=utf-8');
    expect(await blob.text()).toBe(prometheusRules);
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe(
      'component-default-checkout.prometheusrule.yaml',
    );
    expect(link.href).toBe('blob:rules');
    await waitFor(() =>
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:rules'),
    );
  });

  it('copies the rules to the clipboard', async () => {
    serveRules();
    const writeText = jest.fn(async (_: string) => {});
    Object.assign(navigator, { clipboard: { writeText } });
    await renderSloSection(
      <AlertRulesExport entity={CHECKOUT} formats={FORMATS} />,
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Copy' }));

    expect(
      await screen.findByText(
        `Copied the Prometheus rule file (${prometheusRules.length} characters) to the clipboard.`,
      ),
    ).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(prometheusRules);
    Object.assign(navigator, { clipboard: undefined });
  });

  it('says why copying is not possible without clipboard access', async () => {
    serveRules();
    Object.assign(navigator, { clipboard: undefined });
    await renderSloSection(
      <AlertRulesExport entity={CHECKOUT} formats={FORMATS} />,
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Copy' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This page has no clipboard access',
    );
  });

  it('shows what went wrong when the rules cannot be exported', async () => {
    serveRules(() =>
      HttpResponse.json(
        serializedError(
          'InputError',
          'Pyrra needs the errors selector of a good-ratio indicator',
          400,
        ),
        { status: 400 },
      ),
    );
    await renderSloSection(
      <AlertRulesExport entity={CHECKOUT} formats={FORMATS} />,
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Download' }));

    expect(
      await screen.findByText(
        /Could not load the alert rules: the SLO backend answered 400/,
      ),
    ).toBeInTheDocument();
    expect(click).not.toHaveBeenCalled();
  });

  it('offers only the formats it knows', async () => {
    serveRules();
    await renderSloSection(
      <AlertRulesExport
        entity={CHECKOUT}
        formats={['pyrra', 'nagios', 'prometheus']}
      />,
    );

    expect(
      within(screen.getByLabelText('Export format'))
        .getAllByRole('option')
        .map(o => o.getAttribute('value')),
    ).toEqual(['pyrra', 'prometheus']);
    expect(
      screen.getByText(/Pyrra picks its own window pairs/),
    ).toBeInTheDocument();
  });

  it('has no accessibility violations after a download', async () => {
    serveRules();
    const { container } = await renderSloSection(
      <AlertRulesExport entity={CHECKOUT} formats={FORMATS} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await screen.findByText(/^Downloaded /);
    expect(await axe(container)).toHaveNoViolations();
  });
});
