import { RuleTester } from 'eslint';
import { featureBoundaries } from './featureBoundaries.js';

const rule = featureBoundaries.rules['no-cross-feature-imports'];
const tester = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
const file = (relative) => `/repo/web/src/${relative}`;

tester.run('no-cross-feature-imports', rule, {
  valid: [
    { filename: file('features/workspace/PromptBox.tsx'), code: "import { Button } from '../../shared/ui/Button';" },
    { filename: file('features/workspace/PromptBox.tsx'), code: "import { diff } from './diff';" },
    { filename: file('features/workspace/ship/PushSection.tsx'), code: "import { VersionSelect } from '../VersionSelect';" },
    { filename: file('features/workspace/WorkspacePage.tsx'), code: "import { useState } from 'react';" },
    { filename: file('app/App.tsx'), code: "import { WorkspacePage } from '../features/workspace';" },
    { filename: file('features/orgs/OrgPage.test.tsx'), code: "import { fakeApi } from '../../test/fakeApi';" },
  ],
  invalid: [
    {
      filename: file('features/workspace/PromptBox.tsx'),
      code: "import { SignInForm } from '../auth/SignInForm';",
      errors: [{ messageId: 'crossFeature', data: { importer: 'workspace', imported: 'auth' } }],
    },
    {
      filename: file('features/workspace/ship/PushSection.tsx'),
      code: "import { usePlan } from '../../../features/billing/usePlan';",
      errors: [{ messageId: 'crossFeature', data: { importer: 'workspace', imported: 'billing' } }],
    },
    {
      filename: file('features/admin/index.ts'),
      code: "export { Charts } from '../billing/Charts';",
      errors: [{ messageId: 'crossFeature' }],
    },
    {
      filename: file('features/projects/ProjectsPage.tsx'),
      code: "const page = () => import('../workspace/WorkspacePage');",
      errors: [{ messageId: 'crossFeature' }],
    },
    {
      filename: file('shared/ui/AppHeader.tsx'),
      code: "import { OrgMenu } from '../../features/orgs/OrgMenu';",
      errors: [{ messageId: 'sharedImportsFeature', data: { imported: 'orgs' } }],
    },
  ],
});
