import * as migration_20261121_064909_initial from './20261121_064909_initial';

export const migrations = [
  {
    up: migration_20261121_064909_initial.up,
    down: migration_20261121_064909_initial.down,
    name: '20261121_064909_initial'
  },
];
