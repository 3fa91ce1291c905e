import { resourceOperations } from '../../../shared/operations';
import * as getAll from './getAll';

export const accountDescription = resourceOperations('account', 'getAll', [getAll]);
