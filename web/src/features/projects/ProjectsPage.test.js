import { jsx as _jsx } from "react/jsx-runtime";
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { problemFromJson } from '../../shared/api/problem';
const project = (id, name) => ({
    id,
    name,
    description: '',
    currentVersion: 2,
    createdAt: new Date(Date.now() - 3_600_000).toISOString(),
    updatedAt: new Date(Date.now() - 120_000).toISOString(),
});
const endpoints = {
    projects: vi.fn(),
    createProject: vi.fn(),
    updateProject: vi.fn(),
    deleteProject: vi.fn(),
};
vi.mock('../../shared/api/endpoints', () => ({ endpoints }));
vi.mock('../../shared/auth/session', () => ({
    useSession: () => ({ status: 'signed-in', user: { id: 'u', email: 'a@example.com' }, signOut: vi.fn() }),
}));
const { ProjectsPage } = await import('./ProjectsPage');
function renderPage() {
    return render(_jsx(MemoryRouter, { children: _jsx(ProjectsPage, {}) }));
}
describe('ProjectsPage', () => {
    beforeEach(() => Object.values(endpoints).forEach((f) => f.mockReset()));
    it('invites to create the first project when there is none', async () => {
        endpoints.projects.mockResolvedValue({ items: [], page: 0, size: 200, totalItems: 0 });
        renderPage();
        expect(await screen.findByText('No projects yet')).toBeInTheDocument();
        expect(screen.getByRole('button', { name: 'Create your first project' })).toBeInTheDocument();
    });
    it('lists projects with their last activity', async () => {
        endpoints.projects.mockResolvedValue({ items: [project('1', 'Shop')], page: 0, size: 200, totalItems: 1 });
        renderPage();
        expect(await screen.findByRole('link', { name: 'Shop' })).toHaveAttribute('href', '/projects/1');
        expect(screen.getByText(/Last activity/)).toHaveTextContent('Last activity 2 minutes ago');
        expect(screen.getByText('Version 2')).toBeInTheDocument();
    });
    it('renames, showing the server field error next to the name', async () => {
        endpoints.projects.mockResolvedValue({ items: [project('1', 'Shop')], page: 0, size: 200, totalItems: 1 });
        endpoints.updateProject
            .mockRejectedValueOnce(problemFromJson(400, {
            type: 'https://vectort.dev/problems/validation',
            errors: [{ field: 'name', code: 'invalid-length', message: 'must be 1 to 120 characters' }],
        }))
            .mockResolvedValueOnce(project('1', 'Corner shop'));
        renderPage();
        fireEvent.click(await screen.findByRole('button', { name: 'Rename Shop' }));
        const dialog = screen.getByRole('dialog', { name: 'Rename project' });
        const name = within(dialog).getByLabelText('Name');
        expect(name).toHaveFocus();
        fireEvent.change(name, { target: { value: '' } });
        fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
        expect(await within(dialog).findByText('Must be between 1 and 120 characters.')).toBeInTheDocument();
        fireEvent.change(name, { target: { value: 'Corner shop' } });
        fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
        expect(await screen.findByRole('link', { name: 'Corner shop' })).toBeInTheDocument();
        expect(endpoints.updateProject).toHaveBeenLastCalledWith('1', { name: 'Corner shop', description: '' });
    });
    it('deletes only after confirmation', async () => {
        endpoints.projects.mockResolvedValue({ items: [project('1', 'Shop')], page: 0, size: 200, totalItems: 1 });
        endpoints.deleteProject.mockResolvedValue(undefined);
        renderPage();
        fireEvent.click(await screen.findByRole('button', { name: 'Delete Shop' }));
        const dialog = screen.getByRole('dialog', { name: 'Delete this project?' });
        fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
        expect(endpoints.deleteProject).not.toHaveBeenCalled();
        fireEvent.click(screen.getByRole('button', { name: 'Delete Shop' }));
        fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete for good' }));
        await waitFor(() => expect(screen.queryByRole('link', { name: 'Shop' })).not.toBeInTheDocument());
        expect(endpoints.deleteProject).toHaveBeenCalledWith('1');
    });
});
