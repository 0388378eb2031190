import { checkMatrix } from './authorization-checks';

// The authorization matrix (test/authorization/), checked in two halves that run on both workers at once.
checkMatrix(['mutations', 'nodes', 'routes']);
