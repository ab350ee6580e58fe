import { useTheme } from '@material-ui/core/styles';
import { AlertReplaySlo } from '@slo-engine/plugin-slo-common';
import { useId } from 'react';
import { formatDateTime, formatMinutes, timeTicks } from '../shared';
import { replayTimelineRows, TimelineBar } from './replayTimelineData';

const WIDTH = 1000;
const LABEL = 180;
const RIGHT = 10;
const ROW = 24;
const AXIS = 28;
const PLOT = WIDTH - LABEL - RIGHT;

function barTitle(bar: TimelineBar, to: string): string {
  const { pending_at, firing_at, resolved_at } = bar.episode;
  const end = resolved_at ?? to;
  const minutes = (Date.parse(end) - Date.parse(firing_at)) / 60000;
  return `Pending ${formatDateTime(pending_at)}, firing ${formatDateTime(
    firing_at,
  )} to ${
    resolved_at ? formatDateTime(resolved_at) : 'the end of the range'
  } (${formatMinutes(minutes)})`;
}

/**
 * One row per window pair and mode, episodes as bars: pale while
 * pending, solid while firing; pages red, tickets amber. The episodes
 * table next to it carries the same times as text.
 */
export function ReplayTimeline(props: {
  slo: AlertReplaySlo;
  from: string;
  to: string;
  summary: string;
}) {
  const { slo, from, to, summary } = props;
  const theme = useTheme();
  const titleId = useId();
  const rows = replayTimelineRows(slo, from, to);
  const ticks = timeTicks(from, to);
  const height = rows.length * ROW + AXIS;
  const x = (fraction: number) => LABEL + fraction * PLOT;
  const color = (severity: 'page' | 'ticket') =>
    severity === 'page' ? theme.palette.error.main : theme.palette.warning.main;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ fontFamily: theme.typography.fontFamily, fontSize: 12 }}
    >
      <title id={titleId}>{summary}</title>
      {ticks.map(t => (
        <g key={t.label}>
          <line
            x1={x(t.at)}
            x2={x(t.at)}
            y1={0}
            y2={rows.length * ROW}
            stroke={theme.palette.divider}
          />
          <text
            x={x(t.at)}
            y={height - 8}
            textAnchor="middle"
            fill={theme.palette.text.secondary}
          >
            {t.label}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const y = i * ROW;
        return (
          <g key={row.key} data-testid={`replay-row-${row.key}`}>
            {i > 0 && row.mode !== rows[i - 1].mode && (
              <line
                x1={0}
                x2={WIDTH}
                y1={y}
                y2={y}
                stroke={theme.palette.text.secondary}
              />
            )}
            <text x={0} y={y + ROW / 2 + 4} fill={theme.palette.text.primary}>
              {row.label}
              {row.approximate ? ' ≈' : ''}
            </text>
            <rect
              x={LABEL}
              y={y + 4}
              width={PLOT}
              height={ROW - 8}
              fill={theme.palette.action.hover}
            />
            {row.bars.map(bar => (
              <g key={bar.episode.pending_at}>
                <title>{barTitle(bar, to)}</title>
                <rect
                  x={x(bar.start)}
                  y={y + 4}
                  width={Math.max(1, x(bar.firing) - x(bar.start))}
                  height={ROW - 8}
                  fill={color(row.severity)}
                  opacity={0.35}
                />
                <rect
                  x={x(bar.firing)}
                  y={y + 4}
                  width={Math.max(2, x(bar.end) - x(bar.firing))}
                  height={ROW - 8}
                  fill={color(row.severity)}
                />
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
