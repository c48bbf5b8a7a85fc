import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog, ChoiceReason, Generation } from '../../shared/api/types';
import { i18n } from '../../shared/i18n';
import { ChoiceReasonNotes } from './ChoiceReasonNotes';

function generation(type: string, typeReason: ChoiceReason | null, frameworkReason: ChoiceReason | null = null): Generation {
  return {
    id: 'g1',
    projectId: 'p',
    status: 'running',
    description: 'Track the inventory of our suppliers',
    framework: 'react',
    frameworkReason,
    type,
    typeReason,
    model: null,
    forceRegenerate: false,
    generator: { id: 'starter', kind: 'starter', label: 'Offline starter' },
    attempts: 1,
    baseVersion: 0,
    version: null,
    summary: null,
    error: null,
    usage: null,
    createdAt: new Date().toISOString(),
    startedAt: null,
    finishedAt: null,
    eventsUrl: '',
  };
}

function reasonFor(type: string, typeReason: ChoiceReason | null): string | null {
  const { unmount } = render(<ChoiceReasonNotes generation={generation(type, typeReason)} catalog={null} />);
  const text = screen.queryByTestId('type-reason')?.textContent ?? null;
  unmount();
  return text;
}

const catalog: Catalog = {
  frameworks: [{ id: 'react', label: 'React + Vite', language: 'javascript', buildCommand: '', preview: 'vite' }],
  types: [],
};

function frameworkReasonFor(frameworkReason: ChoiceReason | null): string | null {
  const { unmount } = render(
    <ChoiceReasonNotes generation={generation('todo', { source: 'kept' }, frameworkReason)} catalog={catalog} />,
  );
  const text = screen.queryByTestId('framework-reason')?.textContent ?? null;
  unmount();
  return text;
}

describe('ChoiceReasonNotes', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says in English which type was resolved and why', () => {
    expect(reasonFor('dashboard', { source: 'description', evidence: 'inventory' })).toBe(
      'CRUD dashboard — from your words: inventory',
    );
    expect(reasonFor('todo', { source: 'chosen', evidence: null })).toBe('Todo list — you chose it');
    expect(reasonFor('blog', { source: 'kept' })).toBe('Blog — kept from the project');
    expect(reasonFor('dashboard', { source: 'default', evidence: null })).toBe(
      'CRUD dashboard — nothing in the description pointed to a type',
    );
  });

  it('says it in French, quoting the words as the person wrote them', async () => {
    await i18n.changeLanguage('fr');
    expect(reasonFor('todo', { source: 'description', evidence: 'liste de courses' })).toBe(
      'Liste de tâches — d’après vos mots : liste de courses',
    );
    expect(reasonFor('landing', { source: 'chosen' })).toBe('Page d’accueil — vous l’avez choisi');
  });

  it('says it in Japanese', async () => {
    await i18n.changeLanguage('ja');
    expect(reasonFor('blog', { source: 'kept' })).toBe('ブログ — プロジェクトの種類を継続');
  });

  it('shows nothing for a turn the server has not described yet, and only the type for an unknown source', () => {
    expect(reasonFor('todo', null)).toBeNull();
    expect(reasonFor('todo', { source: 'guessed' as ChoiceReason['source'] })).toBe('Todo list');
  });

  it('says which framework was resolved and why, with its label from the catalog', async () => {
    expect(frameworkReasonFor({ source: 'description', evidence: 'React app' })).toBe(
      'React + Vite — from your words: React app',
    );
    expect(frameworkReasonFor({ source: 'kept' })).toBe('React + Vite — kept from the project');
    expect(frameworkReasonFor(null)).toBeNull();
    await i18n.changeLanguage('fr');
    expect(frameworkReasonFor({ source: 'description', evidence: 'application React' })).toBe(
      'React + Vite — d’après vos mots : application React',
    );
    expect(frameworkReasonFor({ source: 'default' })).toBe('React + Vite — la description ne nommait aucun framework');
  });
});
