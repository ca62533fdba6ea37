// Categories that mean nothing without another. DESIGN §3: demographics (Google signals, ad
// personalisation) needs analytics — granting it grants analytics, withdrawing analytics withdraws it.
// The store, the settings dialog and the Google mapping all follow this one table.

/** Each dependent category and the category it requires. */
export const CATEGORY_REQUIRES: Readonly<Record<string, string>> = { demographics: 'analytics' };

/**
 * Whether `category` is granted with its requirement met: demographics counts only with analytics.
 * `categories` maps category ids to the visitor's choice.
 */
export function isEffectivelyGranted(categories: Readonly<Record<string, boolean>>, category: string): boolean {
  const requirement = CATEGORY_REQUIRES[category];
  // One level: no requirement has a requirement of its own.
  return categories[category] === true && (requirement === undefined || categories[requirement] === true);
}

/**
 * A draft after the visitor turned `id` on or off in the settings dialog: turning a dependent on turns its
 * requirement on; turning a requirement off turns its dependents off. Returns a new object.
 */
export function toggleCategory(draft: Readonly<Record<string, boolean>>, id: string, on: boolean): Record<string, boolean> {
  const next = { ...draft, [id]: on };
  for (const [dependent, requirement] of Object.entries(CATEGORY_REQUIRES)) {
    if (id === dependent && on) next[requirement] = true;
    if (id === requirement && !on) next[dependent] = false;
  }
  return next;
}

/**
 * The final choices of a `set()` call: `choices` are what the caller named, `next` the full map they were
 * merged into (changed in place), `known` the categories the config offers. An explicit refusal of a
 * requirement wins (fail closed); otherwise a granted dependent grants its requirement.
 */
export function settleDependencies(next: Record<string, boolean>, choices: Readonly<Record<string, boolean>>, known: ReadonlySet<string>): void {
  for (const [dependent, requirement] of Object.entries(CATEGORY_REQUIRES)) {
    if (!known.has(dependent) || !known.has(requirement)) continue;
    if (choices[requirement] === false) next[dependent] = false;
    else if (next[dependent]) next[requirement] = true;
  }
}
