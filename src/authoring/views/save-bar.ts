/** The bar over the work: the pack's title, whether it is kept in this browser, Save, and Start over. */
import { html, type TemplateResult } from 'lit';

/** Whether the work is in localStorage: written, about to be, or refused by the browser. */
export type SaveState = 'saved' | 'pending' | 'failed';

export interface SaveBarProps {
  title: string;
  saveState: SaveState;
  /** Start over was pressed: ask before discarding the work. */
  confirmingStartOver: boolean;
  onSave: () => void;
  onStartOver: () => void;
  /** Ask (true) or stop asking (false) whether to discard the work. */
  onConfirmStartOver: (asking: boolean) => void;
}

export function saveBarView(p: SaveBarProps): TemplateResult {
  return html`<div class="bar">
      <h2>${p.title}</h2>
      <div class="actions">
        <span class="saved">${p.saveState === 'saved' ? 'Saved in this browser' : p.saveState === 'pending' ? 'Saving…' : 'Not saved: this browser refused to store it'}</span>
        <button type="button" @click=${p.onSave}>Save pack and text</button>
        ${p.confirmingStartOver
          ? html`<span>Discard this work?</span>
              <button type="button" @click=${p.onStartOver}>Discard and start over</button>
              <button type="button" class="secondary" @click=${() => {
                p.onConfirmStartOver(false);
              }}>Keep it</button>`
          : html`<button type="button" class="secondary" @click=${() => {
              p.onConfirmStartOver(true);
            }}>Start over</button>`}
      </div>
    </div>`;
}
