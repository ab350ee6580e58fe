import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Rendering the whole app transpiles its module graph on first use, which a
// loaded CI machine does far slower than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);
