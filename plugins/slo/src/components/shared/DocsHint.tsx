import { Link } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';

/** Props of {@link DocsHint}. */
export interface DocsHintProps {
  /** A page of the SLO engine's docs, e.g. `annotations.md`. */
  page: string;
  /** Optional heading anchor, e.g. `telemetry`. */
  anchor?: string;
  children?: string;
}

/**
 * A pointer to a page of the SLO engine's docs: a link under
 * `slo.docsBaseUrl` when the app configures it, else the page's name.
 */
export function DocsHint(props: DocsHintProps) {
  const config = useApi(configApiRef);
  const base = config.getOptionalString('slo.docsBaseUrl');
  const label = props.children ?? `docs/${props.page}`;
  if (!base) return <code>{label}</code>;
  const url = `${base.replace(/\/$/, '')}/${props.page}${
    props.anchor ? `#${props.anchor}` : ''
  }`;
  return <Link to={url}>{label}</Link>;
}
