import { fuzzShard } from './fuzz';

// Shard 2 of the generated requests (test/reliability/fuzz.ts): the shards run on both workers at once.
fuzzShard(2, 2);
