import * as migration_20261121_075657_initial from './20261121_075657_initial';

export const migrations = [
  {
    up: migration_20261121_075657_initial.up,
    down: migration_20261121_075657_initial.down,
    name: '20261121_075657_initial'
  },
];
