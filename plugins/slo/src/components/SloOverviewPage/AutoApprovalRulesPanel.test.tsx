import {
  fireEvent,
  screen,
  waitFor,
  waitForElementToBeRemoved,
  within,
} from '@testing-library/react';
import { delay, http } from 'msw';
import {
  answerGet,
  renderSloSection,
  serializedError,
  SLO_BASE_URL,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { lowRiskRule, storefrontRule } from './__fixtures__/rulesAndCycles';
import { rulesBackend } from './__testUtils__/rulesBackend';
import { AutoApprovalRulesPanel } from './AutoApprovalRulesPanel';

const server = sloTestServer();
const RULES_URL = `${SLO_BASE_URL}/auto-approval-rules`;

function ruleNames() {
  return within(screen.getByRole('table', { name: 'Auto-approval rules' }))
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('cell')[0].textContent);
}

describe('AutoApprovalRulesPanel', () => {
  it('shows a progress bar while the rules load', async () => {
    server.use(http.get(RULES_URL, () => delay('infinite')));
    await renderSloSection(<AutoApprovalRulesPanel filter={{}} />);
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading the auto-approval rules',
      }),
    ).toBeInTheDocument();
  });

  it('lists the rules with their conditions', async () => {
    rulesBackend(server, [lowRiskRule, storefrontRule]);
    await renderSloSection(<AutoApprovalRulesPanel filter={{}} />);

    const row = await screen.findByRole('row', { name: /^low-risk services/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      'low-risk services',
      'Yes',
      'balanced tier',
      'criticality low, medium; confidence ≥ 85%; lifecycle production',
      '1 Feb 2026, 09:00 UTC by sre-admin',
      'EditDelete',
    ]);
  });

  it('keeps the rules that can apply to the filtered team', async () => {
    rulesBackend(server, [lowRiskRule, storefrontRule]);
    await renderSloSection(
      <AutoApprovalRulesPanel filter={{ team: 'team-checkout' }} />,
    );
    await screen.findByRole('table', { name: 'Auto-approval rules' });
    expect(ruleNames()).toEqual(['low-risk services']);
    expect(
      screen.getByText(/Rules that can apply to team team-checkout/),
    ).toBeInTheDocument();
  });

  it('deletes a rule after asking', async () => {
    const writes = rulesBackend(server, [lowRiskRule, storefrontRule]);
    await renderSloSection(<AutoApprovalRulesPanel filter={{}} />);
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Delete rule storefront conservative',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Delete rule storefront conservative?',
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitForElementToBeRemoved(() => screen.queryByRole('dialog'));
    expect(writes).toEqual([{ method: 'DELETE', id: storefrontRule.id }]);
    await waitFor(() => expect(ruleNames()).toEqual(['low-risk services']));
  });

  it('says when there are no rules, with the button to add one', async () => {
    rulesBackend(server, []);
    await renderSloSection(<AutoApprovalRulesPanel filter={{}} />);
    expect(
      await screen.findByText('No auto-approval rules'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add rule' })).toBeEnabled();
  });

  it('says what to do when the rules cannot be read', async () => {
    answerGet(
      server,
      '/auto-approval-rules',
      serializedError('AuthenticationError', 'no token', 401),
      401,
    );
    await renderSloSection(<AutoApprovalRulesPanel filter={{}} />);
    expect(
      await screen.findByText(
        /Could not load the auto-approval rules: you are not signed in/,
      ),
    ).toBeInTheDocument();
  });
});

describe('AutoApprovalRulesPanel without slo.autoApproval.manage', () => {
  it('shows the rules but hides the admin actions, saying why', async () => {
    answerGet(server, '/auto-approval-rules', { items: [lowRiskRule] });
    await renderSloSection(<AutoApprovalRulesPanel filter={{}} />, {
      allowed: false,
    });

    expect(
      await screen.findByRole('row', { name: /^low-risk services/ }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /Changing rules needs the slo\.autoApproval\.manage permission/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add rule' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit rule/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete rule/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });
});
