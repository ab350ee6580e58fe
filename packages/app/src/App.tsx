import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';

// `app.packages: all` in app-config.yaml makes the build discover the other
// frontend plugins in package.json (catalog-graph, slo), so they are not
// listed here. The catalog is listed as in the create-app template; when
// discovery also finds it, the same plugin object is only installed once.
export default createApp({
  features: [catalogPlugin, navModule],
});
