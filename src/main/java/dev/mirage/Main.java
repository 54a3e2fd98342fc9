package dev.mirage;

import dev.mirage.cli.AlertTestCommand;
import dev.mirage.cli.CheckCommand;
import dev.mirage.cli.LogsCommand;
import dev.mirage.cli.ProfilesCommand;
import dev.mirage.cli.RunCommand;
import dev.mirage.cli.ShowCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: run the sensor, query what it recorded, check a config. */
@Command(name = "mirage", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Low-interaction production honeypot: traps and emulated services that record every connection.",
        subcommands = {RunCommand.class, LogsCommand.class, ShowCommand.class, CheckCommand.class, ProfilesCommand.class,
            AlertTestCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad configuration."})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("mirage: a command is needed (run, logs, show, check, profiles); see below.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mirage " + Version.get()};
        }
    }

    /** Known errors print one clear line and exit 2 (bad input) or 1; no stack trace for an operator. */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
            if (e instanceof dev.mirage.config.ConfigException || e instanceof dev.mirage.cli.UsageException) {
                cl.getErr().println("error: " + e.getMessage());
                return 2;
            }
            cl.getErr().println("error: " + e);
            return 1;
        }
    }
}
