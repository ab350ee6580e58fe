// Benchmark scripts are run from the repository, never published, and share
// their report helpers through scripts/bench/markdown.ts.
module.exports = {
  rules: {
    '@backstage/no-relative-monorepo-imports': 'off',
  },
};
