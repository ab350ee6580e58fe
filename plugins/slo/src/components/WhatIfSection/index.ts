export { WhatIfSection } from './WhatIfSection';
