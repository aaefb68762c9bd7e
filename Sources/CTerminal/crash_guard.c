#include "cterminal.h"
#include <ncursesw/term.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <stdio.h>
#include <sys/ioctl.h>
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

static const int terminating[] = { SIGTERM, SIGHUP, SIGINT };
#define TERMINATING_COUNT (sizeof terminating / sizeof terminating[0])

// ncurses' own SIGTERM/SIGINT handler restores the terminal but then calls exit(1), so the
// parent sees a plain failure instead of death by the signal. Ours only notes the signal: the
// event loop sees it within one wait, leaves as a quit does (restoring the terminal, keeping
// what could not be saved) and then dies by the signal (ct_die_by). A second signal before that
// (the loop is stuck) restores the terminal and dies at once.
static volatile sig_atomic_t pending_termination = 0;

static void restore_terminal_and_die(int signo) {
    endwin();
    ct_die_by(signo);
}

static void note_termination(int signo) {
    if (pending_termination) restore_terminal_and_die(signo);
    pending_termination = signo;
}

int ct_pending_termination(void) { return pending_termination; }

void ct_die_by(int signo) {
    signal(signo, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signo);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(signo);
}

void ct_install_termination_guard(void) {
    struct sigaction action, old;
    memset(&action, 0, sizeof action);
    action.sa_handler = note_termination;  // no SA_RESTART: a wait for a key returns at once
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < TERMINATING_COUNT; i++) {
        // A signal the parent ignores (nohup, a background job) stays ignored.
        if (sigaction(terminating[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        sigaction(terminating[i], &action, NULL);
    }
}

void ct_suspend(void) {
    endwin();
    // ncurses may have its own SIGTSTP handler; stop with the default action, as a shell's
    // Ctrl-Z would, and put the handler back once continued.
    struct sigaction stop, old;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &old);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &old, NULL);
}

void ct_resume(void) {
    // The terminal may have been resized while stopped (SIGWINCH went to the shell then).
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0
        && (size.ws_row != LINES || size.ws_col != COLS)) {
        resizeterm(size.ws_row, size.ws_col);
    }
    clearok(stdscr, TRUE);
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
