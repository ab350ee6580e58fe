import {
  fireEvent,
  screen,
  waitFor,
  waitForElementToBeRemoved,
  within,
} from '@testing-library/react';
import {
  renderSloSection,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { lowRiskRule } from './__fixtures__/rulesAndCycles';
import { rulesBackend } from './__testUtils__/rulesBackend';
import { AutoApprovalRulesPanel } from './AutoApprovalRulesPanel';

const server = sloTestServer();

function ruleNames() {
  return within(screen.getByRole('table', { name: 'Auto-approval rules' }))
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('cell')[0].textContent);
}

function type(label: RegExp | string, value: string) {
  fireEvent.change(within(screen.getByRole('dialog')).getByLabelText(label), {
    target: { value },
  });
}

describe('AutoApprovalRulesPanel: adding and editing rules', () => {
  it('checks a new rule before sending it, then adds it', async () => {
    const writes = rulesBackend(server, [lowRiskRule]);
    await renderSloSection(<AutoApprovalRulesPanel filter={{}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add rule' }));

    const dialog = screen.getByRole('dialog', {
      name: 'Add an auto-approval rule',
    });
    type(/^Name/, 'critical production services');
    fireEvent.change(within(dialog).getByLabelText('Tier to accept'), {
      target: { value: 'conservative' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'give at least one condition besides tier (criticality, confidence_min, kind, type, lifecycle or team)',
    );
    expect(writes).toEqual([]);

    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'critical' }));
    type('Lifecycles', 'production');
    type('Minimum confidence (0 to 1)', '2');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(
      await within(dialog).findByText('Number must be less than or equal to 1'),
    ).toBeInTheDocument();
    expect(writes).toEqual([]);

    type('Minimum confidence (0 to 1)', '0.9');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Enabled/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));

    await waitForElementToBeRemoved(() => screen.queryByRole('dialog'));
    expect(writes).toEqual([
      {
        method: 'POST',
        body: {
          name: 'critical production services',
          enabled: true,
          conditions: {
            tier: 'conservative',
            criticality: ['critical'],
            confidence_min: 0.9,
            lifecycle: ['production'],
          },
        },
      },
    ]);
    await waitFor(() =>
      expect(ruleNames()).toEqual([
        'low-risk services',
        'critical production services',
      ]),
    );
  });

  it("shows the backend's refusal and keeps the dialog open", async () => {
    rulesBackend(server, [lowRiskRule]);
    await renderSloSection(<AutoApprovalRulesPanel filter={{}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add rule' }));
    type(/^Name/, 'low-risk services');
    type('Kinds', 'component');
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add rule' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The rule was not saved: an auto-approval rule named "low-risk services" already exists',
    );
  });

  it('edits a rule with its stored values in the form', async () => {
    const writes = rulesBackend(server, [lowRiskRule]);
    await renderSloSection(<AutoApprovalRulesPanel filter={{}} />);
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Edit rule low-risk services',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Edit rule low-risk services',
    });
    expect(within(dialog).getByLabelText('Lifecycles')).toHaveValue(
      'production',
    );
    type('Lifecycles', 'production, experimental');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save rule' }));

    await waitForElementToBeRemoved(() => screen.queryByRole('dialog'));
    expect(writes).toEqual([
      {
        method: 'PUT',
        id: lowRiskRule.id,
        body: {
          name: 'low-risk services',
          enabled: true,
          conditions: {
            ...lowRiskRule.conditions,
            lifecycle: ['production', 'experimental'],
          },
        },
      },
    ]);
  });
});
