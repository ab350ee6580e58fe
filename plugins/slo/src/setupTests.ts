import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

// The first render of a lazily loaded extension transpiles its whole module
// graph; on a loaded CI machine that has taken over 10 s, far beyond
// Testing Library's 1 s default for findBy and waitFor. Tests get 60 s:
// the first render of a file loads MUI and recharts, and axe alone takes
// seconds on the error budget's two 720-point charts.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);
