/**
 * A Date.now moved by hand, for the rate models' rules in time: `take(0)` never sleeps (a turn goes at
 * once or is refused with its wait), so no timer runs and each figure is exact, not a timing margin.
 * Installed for each test of the file that calls it; construct budgets after it (a bucket reads the clock).
 */
export function useHandClock(start = Date.parse('2026-01-01T00:00:00Z')) {
	const clock = {
		now: start,
		advance(ms: number) {
			clock.now += ms;
		},
	};
	beforeEach(() => {
		clock.now = start;
		jest.spyOn(Date, 'now').mockImplementation(() => clock.now);
	});
	afterEach(() => jest.restoreAllMocks());
	return clock;
}
