#include "cterminal.h"
#include <ncursesw/term.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>

static const int guarded[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
#define GUARDED_COUNT (sizeof guarded / sizeof guarded[0])
static struct sigaction previous[GUARDED_COUNT];

static void restore_terminal_and_reraise(int signo) {
    endwin();
    // Swift's backtracer, which runs next, waits for a key when stdin is a terminal; a crashed
    // reader should print its backtrace and exit, so its stdin becomes /dev/null.
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd >= 0) dup2(null_fd, STDIN_FILENO);
    for (unsigned i = 0; i < GUARDED_COUNT; i++) {
        if (guarded[i] == signo) sigaction(signo, &previous[i], NULL);
    }
    raise(signo);
}

void ct_install_crash_guard(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_terminal_and_reraise;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    for (unsigned i = 0; i < GUARDED_COUNT; i++) sigaction(guarded[i], &action, &previous[i]);
}

static void restore_terminal_after_hangup(int signo) {
    endwin();
    signal(signo, SIG_DFL);
    raise(signo);
}

void ct_install_hangup_guard(void) {
    struct sigaction action, old;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_terminal_after_hangup;
    sigemptyset(&action.sa_mask);
    sigaction(SIGHUP, NULL, &old);
    if (old.sa_handler == SIG_DFL) sigaction(SIGHUP, &action, NULL);
}

SCREEN *ct_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }

SCREEN *ct_newterm_named(const char *term) { return newterm(term, stdout, stdin); }

int ct_terminfo_number(const char *term, const char *capability) {
    TERMINAL *previous = cur_term;
    int error = 0;
    if (setupterm(term, STDOUT_FILENO, &error) != OK) {
        set_curterm(previous);
        return -2;
    }
    int value = tigetnum(capability);
    TERMINAL *probed = cur_term;
    set_curterm(previous);
    del_curterm(probed);
    return value < 0 ? -1 : value;
}

int ct_stdio_is_terminal(void) { return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO); }
