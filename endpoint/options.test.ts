import { describe, expect, it } from 'vitest';
import { PROJECT_DIST } from './console-site';
import { OptionsError, parseOptions } from './options';

const parse = (...argv: string[]) => parseOptions(argv, '/work/here');

describe('endpoint flags', () => {
  it('defaults to loopback, port 4579, SMTP on 4587, us-east-1 and a data directory in the working directory', () => {
    expect(parse()).toEqual({
      port: 4579,
      smtpPort: 4587,
      host: '127.0.0.1',
      dataDir: '/work/here/.ses-endpoint',
      region: 'us-east-1',
      corsOrigins: [],
      remoteEmulatorApi: false,
      quiet: false,
    });
  });

  it('reads every flag, as --flag value and --flag=value', () => {
    expect(
      parse(
        '--port=8080',
        '--smtp-port',
        '2587',
        '--host',
        '0.0.0.0',
        '--data',
        'state',
        '--principals',
        '/etc/team.json',
        '--region',
        'eu-west-1',
        '--cors-origin',
        'https://console.example.com',
        '--remote-emulator-api',
        '--quiet',
      ),
    ).toEqual({
      port: 8080,
      smtpPort: 2587,
      host: '0.0.0.0',
      dataDir: '/work/here/state',
      principalsFile: '/etc/team.json',
      region: 'eu-west-1',
      corsOrigins: ['https://console.example.com'],
      remoteEmulatorApi: true,
      quiet: true,
    });
    expect(parse('--memory', '--no-smtp')).toMatchObject({ dataDir: undefined, smtpPort: undefined });
    expect(parse('--help')).toBe('help');
  });

  it('--aws: proxy mode, with no database and no SMTP; --profile names the credentials', () => {
    expect(parse('--aws', '--profile', 'work', '--region', 'eu-west-1')).toMatchObject({
      aws: { profile: 'work' },
      dataDir: undefined,
      smtpPort: undefined,
      region: 'eu-west-1',
    });
    expect(parse('--aws', '--aws-upstream', 'http://127.0.0.1:4579')).toMatchObject({
      aws: { upstream: { ses: 'http://127.0.0.1:4579', sts: 'http://127.0.0.1:4579' } },
    });
  });

  it("--aws serves the project's built console at its own URL; --console, --console-base and --no-console change that", () => {
    expect(parse('--aws')).toMatchObject({ aws: { console: { dir: PROJECT_DIST, base: '/' } } });
    expect(PROJECT_DIST).toMatch(/[\\/]dist$/);
    expect(parse('--aws', '--console', 'build', '--console-base', 'ses-console')).toMatchObject({
      aws: { console: { dir: '/work/here/build', base: '/ses-console/' } },
    });
    expect(parse('--aws', '--console-base=/a/b/', '--console', '/srv/console')).toMatchObject({
      aws: { console: { dir: '/srv/console', base: '/a/b/' } },
    });
    const none = parse('--aws', '--no-console');
    expect(none !== 'help' && none.aws?.console).toBeUndefined();
  });

  it.each([
    [['--port', '70000'], '--port needs a port number from 0 to 65535; found "70000".'],
    [['--port', 'http'], '--port needs a port number from 0 to 65535; found "http".'],
    [['--port'], '--port needs a value.'],
    [['--data', '--memory'], '--data needs a value.'],
    [['--region', 'mars-1'], '--region needs an AWS Region name such as us-east-1; found "mars-1".'],
    [['--cors-origin', 'localhost:5173'], /--cors-origin needs an origin/],
    [['--cors-origin', 'http://localhost:5173/console/'], /no path/],
    [
      ['--port', '5000', '--smtp-port', '5000'],
      '--port and --smtp-port are both 5000; give them different ports.',
    ],
    [['--profile', 'work'], '--profile goes with --aws (proxy mode to AWS).'],
    [['--aws', '--profile', 'a b'], '--profile needs a profile name as in ~/.aws/config; found "a b".'],
    [['--aws', '--smtp-port', '2587'], /--aws forwards the SES API only, not SMTP/],
    [['--aws', '--principals', 'team.json'], /with --aws, AWS knows who you are/],
    [['--aws', '--aws-upstream', 'http://127.0.0.1:4579/v2'], /--aws-upstream needs an endpoint origin/],
    [['--console', 'dist'], /--console goes with --aws: without it the console runs the same emulator/],
    [['--no-console'], /--no-console goes with --aws/],
    [['--aws', '--console-base', '/../etc/'], /--console-base needs the path the console was built for/],
    [['--aws', '--console-base', '/a b/'], /--console-base needs the path/],
    [['--aws', '--console'], '--console needs a value.'],
    [['--prot', '1'], 'Unknown flag "--prot". Run npm run endpoint -- --help for the flags.'],
  ])('refuses %j with a specific message', (argv, message) => {
    expect(() => parse(...argv)).toThrow(OptionsError);
    expect(() => parse(...argv)).toThrow(message);
  });
});
