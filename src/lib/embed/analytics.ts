/**
 * Analytics without a vendor: the story announces what readers do as DOM CustomEvents on
 * `document` and, when framed, as messages to the host page. Nothing is sent anywhere else.
 *
 * - `embed-loaded`: an embed page is interactive. detail: { graphic, mode }
 * - `step-reached`: a step became active. detail: { step, index, count, first }
 *
 * In a pym.js host the message is a pym message of that type with the detail as JSON, so
 * `pymParent.onMessage('step-reached', (json) => …)` receives it. In any other frame it is a
 * plain object { source: 'nk-troops-story', event, detail }.
 */
import type { PymChild } from './pym.ts';

export type StoryEventName = 'embed-loaded' | 'step-reached';
export const MESSAGE_SOURCE = 'nk-troops-story';

export function emit(name: StoryEventName, detail: Record<string, unknown>, pym: PymChild | null = null): void {
  document.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  if (window.parent === window) return;
  if (pym?.embedded) pym.send(name, JSON.stringify(detail));
  else window.parent.postMessage({ source: MESSAGE_SOURCE, event: name, detail }, '*');
}

/** Tracks which steps were reached before, so `first` marks a reader's first arrival. */
export function stepReporter(count: number, pym: PymChild | null = null) {
  const seen = new Set<string>();
  return (step: { id: string }, index: number) => {
    const first = !seen.has(step.id);
    seen.add(step.id);
    emit('step-reached', { step: step.id, index, count, first }, pym);
  };
}
