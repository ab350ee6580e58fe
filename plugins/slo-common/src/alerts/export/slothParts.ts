import { indicatorQueries } from '../indicators';
import { promqlNumber } from '../promql';
import type { AlertIndicator } from '../types';
import { burnRateWindowPairs } from '../windows';
import { AlertExportInputError } from './exportErrors';

/** One window pair of Sloth's alert-window catalogue. @public */
export interface SlothWindow {
  errorBudgetPercent: number;
  shortWindow: string;
  longWindow: string;
}

/**
 * Sloth's `AlertWindows` document (`--slo-period-windows-path`): the window
 * pairs of one SLO period, two paging and two ticketing.
 * @public
 */
export interface SlothAlertWindows {
  apiVersion: 'sloth.slok.dev/v1';
  kind: 'AlertWindows';
  spec: {
    sloPeriod: string;
    page: { quick: SlothWindow; slow: SlothWindow };
    ticket: { quick: SlothWindow; slow: SlothWindow };
  };
}

const WINDOW_MARK = '\u0000';

function hasMark(indicator: AlertIndicator): boolean {
  return JSON.stringify(indicator).includes('\\u0000');
}

/**
 * `error_query` and `total_query` with Sloth's `{{.window}}` template. Sloth
 * runs the queries through Go's text/template, so any `{{` coming from a
 * label value is written as `{{ "{{" }}` to stay literal.
 */
export function slothEventQueries(indicator: AlertIndicator): {
  error_query: string;
  total_query: string;
} {
  if (hasMark(indicator)) {
    throw new AlertExportInputError(
      'label values with NUL characters cannot be exported to Sloth',
    );
  }
  const queries = indicatorQueries(indicator);
  const template = (query: string) =>
    query.replace(/\{\{/g, '{{ "{{" }}').split(WINDOW_MARK).join('{{.window}}');
  return {
    error_query: template(queries.errors(WINDOW_MARK)),
    total_query: template(queries.total(WINDOW_MARK)),
  };
}

/**
 * The engine's window pairs of a period as a Sloth catalogue entry. Sloth
 * derives the factor as budget share × period / long window, which gives
 * back the engine's factors (14, 7, 2, 1 for 28 days).
 */
export function slothAlertWindows(windowDays: number): SlothAlertWindows {
  // Windows and budget shares do not depend on the objective.
  const { pairs } = burnRateWindowPairs(windowDays, 0.999, 'static');
  const window = (i: number): SlothWindow => ({
    errorBudgetPercent: Number(promqlNumber(pairs[i].budgetFraction * 100)),
    shortWindow: pairs[i].short,
    longWindow: pairs[i].long,
  });
  const [page, ticket] = [
    pairs.flatMap((p, i) => (p.severity === 'page' ? [i] : [])),
    pairs.flatMap((p, i) => (p.severity === 'ticket' ? [i] : [])),
  ];
  if (page.length !== 2 || ticket.length !== 2) {
    throw new RangeError(
      `Sloth needs two page and two ticket window pairs, got ${page.length} and ${ticket.length}`,
    );
  }
  return {
    apiVersion: 'sloth.slok.dev/v1',
    kind: 'AlertWindows',
    spec: {
      sloPeriod: `${windowDays}d`,
      page: { quick: window(page[0]), slow: window(page[1]) },
      ticket: { quick: window(ticket[0]), slow: window(ticket[1]) },
    },
  };
}
