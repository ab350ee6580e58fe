export interface Config {
  slo?: {
    /**
     * Where the SLO engine's docs are published, e.g. the `docs` folder of
     * its repository. Empty states link to pages under it; without it they
     * name the page instead.
     * @visibility frontend
     */
    docsBaseUrl?: string;
  };
}
