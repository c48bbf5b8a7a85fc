import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { problemFromJson } from '../../shared/api/problem';
import type { Catalog } from '../../shared/api/types';
import { loadDraft } from '../../shared/drafts';
import { OrganizationContext, type OrganizationsValue } from '../../shared/org/OrganizationContext';
import type { Role } from '../../shared/org/roles';
import { PromptBox } from './PromptBox';

const catalog: Catalog = {
  frameworks: [
    { id: 'html', label: 'HTML, CSS & JavaScript', language: 'javascript', buildCommand: '', preview: 'static' },
    { id: 'react', label: 'React + Vite', language: 'javascript', buildCommand: 'npm run build', preview: 'vite' },
  ],
  types: [
    { id: 'todo', label: 'Todo list', description: 'Tasks' },
    { id: 'blog', label: 'Blog', description: 'Posts' },
  ],
};

function renderBox(onGenerate = vi.fn(async () => undefined)) {
  render(<PromptBox projectId="p1" catalog={catalog} followUp={false} busy={false} onGenerate={onGenerate} />);
  return { onGenerate, textbox: screen.getByLabelText('What should we build?') };
}

/** The current organisation, as the provider would give it, with my role in it. */
function inOrganization(role: Role): OrganizationsValue {
  const current = {
    id: 'org-acme',
    name: 'Acme',
    slug: 'acme',
    personal: false,
    role,
    plan: 'free',
    memberCount: 2,
    createdAt: '',
  };
  return { status: 'ready', organizations: [current], current, error: null, switchTo: vi.fn(), reload: vi.fn() };
}

describe('PromptBox', () => {
  it('lets a viewer read but not generate, and says why', () => {
    const onGenerate = vi.fn(async () => undefined);
    const box = (role: Role) => (
      <OrganizationContext.Provider value={inOrganization(role)}>
        <PromptBox projectId="p1" catalog={catalog} followUp={false} busy={false} onGenerate={onGenerate} />
      </OrganizationContext.Provider>
    );
    const { rerender } = render(box('viewer'));
    const textbox = screen.getByLabelText('What should we build?');
    expect(textbox).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Generate' })).toBeDisabled();
    expect(screen.getByLabelText('Framework')).toBeDisabled();
    expect(screen.getByTestId('prompt-readonly')).toHaveTextContent('Viewers can read but not generate.');
    expect(textbox.getAttribute('aria-describedby')).toContain(screen.getByTestId('prompt-readonly').id);
    fireEvent.keyDown(textbox, { key: 'Enter', ctrlKey: true });
    expect(onGenerate).not.toHaveBeenCalled();

    rerender(box('member'));
    expect(screen.getByLabelText('What should we build?')).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Generate' })).toBeEnabled();
    expect(screen.queryByTestId('prompt-readonly')).not.toBeInTheDocument();
  });

  it('starts both framework and type on Auto, so the description decides, and sends auto', async () => {
    const { onGenerate, textbox } = renderBox();
    const type = screen.getByLabelText('Type');
    const framework = screen.getByLabelText('Framework');
    expect(type).toHaveValue('auto');
    expect(framework).toHaveValue('auto');
    const options = (select: HTMLElement) =>
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options(type)).toEqual(['Auto', 'Todo list', 'Blog']);
    expect(options(framework)).toEqual(['Auto', 'HTML, CSS & JavaScript', 'React + Vite']);
    expect(screen.getByTestId('prompt-auto-hint')).toHaveTextContent('Auto: Vectort reads it from your description.');
    expect(framework).toHaveAttribute('title', expect.stringContaining('framework your description names'));
    fireEvent.change(textbox, { target: { value: 'A React app to track the inventory of our suppliers' } });
    fireEvent.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() =>
      expect(onGenerate).toHaveBeenCalledWith({
        description: 'A React app to track the inventory of our suppliers',
        framework: 'auto',
        type: 'auto',
      }),
    );
  });

  it('starts a follow-up on Auto too: the server keeps the project’s framework and type', () => {
    render(<PromptBox projectId="p2" catalog={catalog} followUp busy={false} onGenerate={vi.fn()} />);
    expect(screen.getByLabelText('Framework')).toHaveValue('auto');
    expect(screen.getByLabelText('Type')).toHaveValue('auto');
  });

  it('generates with Ctrl+Enter and the chosen framework and type', async () => {
    const { onGenerate, textbox } = renderBox();
    fireEvent.change(textbox, { target: { value: 'A todo app' } });
    fireEvent.change(screen.getByLabelText('Framework'), { target: { value: 'react' } });
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'blog' } });
    expect(screen.queryByTestId('prompt-auto-hint')).not.toBeInTheDocument();
    fireEvent.keyDown(textbox, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onGenerate).toHaveBeenCalledWith({ description: 'A todo app', framework: 'react', type: 'blog' }));
    await waitFor(() => expect(textbox).toHaveValue(''));
  });

  it('shows the server field error next to the prompt, as a person reads it', async () => {
    const rejected = problemFromJson(400, {
      type: 'https://vectort.dev/problems/validation',
      detail: 'Invalid request',
      errors: [{ field: 'description', code: 'required', message: 'must not be empty' }],
    });
    const { textbox } = renderBox(vi.fn(async () => Promise.reject(rejected)));
    fireEvent.change(textbox, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByText('Required.')).toBeInTheDocument();
    expect(textbox).toHaveAttribute('aria-invalid', 'true');
    expect(textbox.getAttribute('aria-describedby')).toContain(screen.getByText('Required.').id);
    expect(document.body.textContent).not.toContain('[object');
  });

  it('keeps the draft per project and restores it', () => {
    const { textbox } = renderBox();
    fireEvent.change(textbox, { target: { value: 'half-written idea' } });
    expect(loadDraft('p1')?.text).toBe('half-written idea');
    document.body.innerHTML = '';
    renderBox();
    expect(screen.getByLabelText('What should we build?')).toHaveValue('half-written idea');
  });

  it('counts characters and flags a prompt over the limit', () => {
    const { textbox } = renderBox();
    fireEvent.change(textbox, { target: { value: 'x'.repeat(5001) } });
    expect(screen.getByText('5001 / 5000')).toHaveClass('text-danger');
  });
});
