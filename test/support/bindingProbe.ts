/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import type { INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { runPoll, type PollBinding } from '../../nodes/shared/poll/pollBinding';
import { registerTestNodeType } from './engine';

/**
 * A trigger as n8n runs it, but reading an in-memory API: the trigger's own description and its own
 * binding (the function its poll() calls, shared/poll/pollBinding.ts's runPoll), with the reader swapped.
 * Polled through test/support/engine.ts's poll()/pollTogether() — n8n-core's PollContext and
 * TriggersAndPollers, static data stored as JSON between polls — so a property test drives the whole
 * n8n side of the trigger (load and save of the state, lock, error rule), not the core alone.
 *
 * `polls()` counts the polls that reached the core (overlapping ones the lock turned away do not).
 */
export function bindingProbe(
	name: string,
	description: INodeTypeDescription,
	bind: (ctx: IPollFunctions) => PollBinding,
): { type: string; polls: () => number } {
	let polls = 0;
	const probe: INodeType = {
		description,
		async poll(this: IPollFunctions) {
			const binding = bind(this);
			return await runPoll(this, {
				...binding,
				poll: async (state) => (polls++, await binding.poll(state)),
			});
		},
	};
	return { type: registerTestNodeType(name, probe), polls: () => polls };
}

/**
 * The warnings n8n's logger receives in this file (a poll that fails with passing trouble logs one),
 * kept for assertions instead of printed: thousands of random histories would flood the output.
 */
export function captureWarnings(): string[] {
	const warnings: string[] = [];
	beforeAll(() => {
		jest
			.spyOn(Container.get(Logger), 'warn')
			.mockImplementation((message: string) => void warnings.push(message));
	});
	return warnings;
}
