import { resourceOperations } from '../../../shared/description/operations';
import * as count from './count';
import * as get from './get';
import * as getAll from './getAll';

export const locationDescription = resourceOperations('location', 'getAll', [count, get, getAll]);
