/** The to-do steps `generate` and `sync` write, by keyword; `{key}` is the row's requirement ids. */
const TODO_STEPS = {
  given: 'TODO: set up the preconditions for ',
  when: 'TODO: perform the action for ',
  then: 'TODO: check the observable behavior for ',
} as const;

/** The three to-do steps of a generated scenario for the row `key` (`R1, R2`). */
export function todoSteps(key: string): { given: string; when: string; then: string } {
  return { given: TODO_STEPS.given + key, when: TODO_STEPS.when + key, then: TODO_STEPS.then + key };
}

/** True when a step's text is one of the to-do steps {@link todoSteps} writes: its scenario is not written yet. */
export function isTodoStep(text: string): boolean {
  return Object.values(TODO_STEPS).some((prefix) => text.startsWith(prefix));
}
