import { UsageError } from './cli/args';
import { parseUserArgs } from './user.args';

const usageError = (argv: string[]) => {
  try {
    parseUserArgs(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a UsageError');
};

describe('the user command line', () => {
  it('reads add, list and disable', () => {
    expect(parseUserArgs(['add', '--username', 'li.si', '--role', 'mediation-clerk', '--unit', 'SPB-01', '--display-name', '李四'])).toEqual({
      command: 'add', username: 'li.si', role: 'mediation-clerk', unit: 'SPB-01', displayName: '李四',
    });
    expect(parseUserArgs(['list'])).toEqual({ command: 'list' });
    expect(parseUserArgs(['disable', '--username', 'li.si'])).toEqual({ command: 'disable', username: 'li.si' });
  });

  it.each([
    [[], 'a command is required'],
    [['remove', '--username', 'x'], 'unknown command "remove"'],
    [['add', '--username', 'x', '--role', 'admin', '--password', 'secret'], "Unknown option '--password'"],
    [['add', '--role', 'admin'], '--username is required'],
    [['add', '--username', 'x'], '--role is required'],
    [['add', '--username', 'x', '--role', 'boss'], 'unknown role "boss"'],
    [['add', '--username', 'x', '--role', 'mediation-clerk'], '--unit is required'],
    [['add', '--username', 'x', '--role', 'admin', '--unit', 'U1'], '--unit is only for a mediation-clerk'],
    [['add', '--username', 'x y', '--role', 'admin'], '--username must be'],
    [['list', 'all'], 'Unexpected argument'],
    [['disable'], '--username is required'],
  ])('refuses %j, saying %p', (argv, message) => {
    expect(usageError(argv)).toContain(message);
  });
});
