import { FULFILLBOT_KEYS, S2, SHOPLINE } from '../../sandbox/src';

/**
 * The suite-wide scan (test/support/secretScan.ts) must be able to fail. Loaded in isolation, so these
 * deliberate hits are not added to the suite's counts.
 */
describe('suite-wide secret scan', () => {
	const load = () => {
		let scan: typeof import('../support/secretScan').scanForSecrets = () => undefined;
		jest.isolateModules(() => {
			scan = (jest.requireActual('../support/secretScan') as typeof import('../support/secretScan'))
				.scanForSecrets;
		});
		return scan;
	};

	it('a token in an output item, an error message or an error description fails the test', () => {
		const scan = load();
		expect(() => scan('nodeRuns', [{ json: { echoed: `Bearer ${S2.token}` } }], null)).toThrow(
			'secret scan: 1 secret(s)',
		);
		expect(() => scan('polls', null, new Error(`token ${SHOPLINE.token} refused`))).toThrow(
			'secret scan',
		);
		expect(() =>
			scan('nodeRuns', [], Object.assign(new Error('x'), { description: FULFILLBOT_KEYS.all })),
		).toThrow('secret scan');
	});

	it('clean outputs and errors pass', () => {
		const scan = load();
		expect(() =>
			scan(
				'nodeRuns',
				[{ json: { authorization: 'Bearer sk-***' } }],
				new Error('401 Unauthorized'),
			),
		).not.toThrow();
	});
});
