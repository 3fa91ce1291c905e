import { resourceOperations } from '../../../shared/description/operations';
import * as cancel from './cancel';
import * as count from './count';
import * as get from './get';
import * as getAll from './getAll';

export const orderDescription = resourceOperations('order', 'getAll', [cancel, count, get, getAll]);
