/** What every part of the work screen is drawn from: the props the views share. */
import type { PlacedProblem, Workbench } from '../workbench.js';

/** The work, its problems, the element's ids, and how a change is made: the props of each part. */
export interface WorkProps {
  bench: Workbench;
  problems: readonly PlacedProblem[];
  /** An id unique to the element, so two authoring pages never share one. */
  id: (name: string) => string;
  /** Renders the next workbench and saves it shortly; `message` goes to the status line. */
  commit: (next: Workbench, message?: string) => void;
}

/** The value of the input, select or textarea an event came from. */
export const valueOf = (e: Event): string => (e.target as HTMLInputElement).value;
