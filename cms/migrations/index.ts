import * as migration_20261121_082332_initial from './20261121_082332_initial';

export const migrations = [
  {
    up: migration_20261121_082332_initial.up,
    down: migration_20261121_082332_initial.down,
    name: '20261121_082332_initial'
  },
];
