import { fingerprint } from '../poll/compactState';
import type { RateBudget, RateModel } from './budget';
import { FixedWindow } from './fixedWindow';
import { LeakyBucket } from './leakyBucket';
import { LearnedRate } from './learnedRate';

/** The budget of a model, new (a fresh process, or a credential not seen before). */
function budgetOf(model: RateModel): RateBudget {
	if (model.kind === 'window') return new FixedWindow(model);
	if (model.kind === 'bucket') return new LeakyBucket(model);
	return new LearnedRate();
}

const budgets = new Map<string, RateBudget>();

/**
 * The budget of one credential. The key is a fingerprint of the API name and the credential's
 * identifying values (never the values themselves), so the map holds no secret.
 */
export function budgetFor(api: string, identity: string[], model: () => RateModel): RateBudget {
	const key = `${api}:${fingerprint(identity.join('\u0000'))}`;
	let budget = budgets.get(key);
	if (!budget) {
		budget = budgetOf(model());
		budgets.set(key, budget);
	}
	return budget;
}

/** The credential's budget (see `budgetFor`), set to the node's model and Rate Limit → Pace Requests. */
export function configuredBudget(
	api: string,
	identity: string[],
	model: RateModel,
	pace: boolean | undefined,
): RateBudget {
	const budget = budgetFor(api, identity, () => model);
	budget.configure(model, pace ?? pacedByDefault(api));
	return budget;
}

/** Forgets every budget, as a fresh n8n process would (tests reset their sandbox and this together). */
export function forgetBudgets(): void {
	budgets.clear();
}

const unpaced = new Set<string>();

/**
 * Whether budgets of `api` pace when the node says nothing (the node option's default; triggers have no
 * option). On, except where a harness runs the API without its limits (the sandbox with limits off).
 */
export function pacedByDefault(api: string): boolean {
	return !unpaced.has(api);
}

export function setPacedByDefault(api: string, paced: boolean): void {
	if (paced) unpaced.delete(api);
	else unpaced.add(api);
}
