import { fuzzShard } from './fuzz';

// Shard 1 of the generated requests (test/reliability/fuzz.ts): the shards run on both workers at once.
fuzzShard(1, 2);
