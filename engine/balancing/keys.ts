// The balancing keys, on their own so the command line can list them without loading the engine.
export const balancingKeys = ['separate', 'equal', 'shapley'] as const;
export type BalancingKey = (typeof balancingKeys)[number];
