package dev.mirage.service.shell;

/** A login attempt's verdict, with the account it reached (for SHELL and BROKEN; null otherwise). */
public record Login(Verdict verdict, Account account) {
}
