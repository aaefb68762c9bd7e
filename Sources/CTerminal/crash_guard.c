#include "cterminal.h"
#include <ncursesw/term.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

// Two kinds of fatal signal. A fault (a bad access, a trap, abort() in this process) cannot be
// survived: the terminal is restored and the signal goes on to its previous handler (Swift's
// backtracer, which then ends the process by it). The same signal sent from outside (kill -SEGV)
// is a request to end, like the terminating ones: noted for the event loop, which leaves as a quit
// does (keeping what could not be saved) and then dies by it. Returning from a real fault would
// run the faulting instruction again; returning from a sent one is safe.
static const int faults[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
#define FAULT_COUNT (sizeof faults / sizeof faults[0])
static struct sigaction previous[FAULT_COUNT];

// Every other signal whose default action ends the process (and that can be caught): ncurses'
// own SIGTERM/SIGINT handler restores the terminal but then calls exit(1), so the parent sees a
// plain failure instead of death by the signal; Swift's backtracer prints over the screen on
// SIGQUIT; the rest would leave the terminal raw. SIGWINCH stays with ncurses (KEY_RESIZE).
static const int terminating[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE };
#define TERMINATING_COUNT (sizeof terminating / sizeof terminating[0])

static volatile sig_atomic_t pending_termination = 0;

// A recovery file prepared outside any handler (ct_set_crash_recovery), written by the fault
// handler with async-signal-safe calls only. `crash_recovery_current` switches between two
// slots, so the handler never sees one half-replaced.
struct crash_recovery { char *path; char *data; size_t length; char *message; };
static struct crash_recovery crash_recovery_slots[2];
static volatile sig_atomic_t crash_recovery_current = -1;

static int write_all(int fd, const char *data, size_t length) {
    size_t written = 0;
    while (written < length) {
        ssize_t n = write(fd, data + written, length - written);
        if (n <= 0) return -1;
        written += (size_t)n;
    }
    return 0;
}

static void write_crash_recovery(void) {
    int slot = crash_recovery_current;
    if (slot < 0) return;
    const struct crash_recovery *recovery = &crash_recovery_slots[slot];
    if (!recovery->path || !recovery->data || recovery->length == 0) return;
    // O_EXCL: never replace a file (another run's recovery file of the same second).
    int fd = open(recovery->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return;
    int failed = write_all(fd, recovery->data, recovery->length);
    fsync(fd);
    close(fd);
    if (!failed && recovery->message) write_all(STDERR_FILENO, recovery->message, strlen(recovery->message));
}

void ct_set_crash_recovery(const char *path, const char *data, size_t length, const char *message) {
    int next = crash_recovery_current == 0 ? 1 : 0;
    struct crash_recovery *slot = &crash_recovery_slots[next];
    free(slot->path);
    free(slot->data);
    free(slot->message);
    memset(slot, 0, sizeof *slot);
    if (path && data && length > 0) {
        slot->path = strdup(path);
        slot->data = malloc(length);
        slot->message = message ? strdup(message) : NULL;
        if (slot->path && slot->data) {
            memcpy(slot->data, data, length);
            slot->length = length;
        }
    }
    crash_recovery_current = next;
}

static void restore_terminal_and_die(int signo) {
    endwin();
    ct_die_by(signo);
}

// A second signal before the loop has left (it is stuck) restores the terminal and dies at once.
static void note_termination(int signo) {
    if (pending_termination) restore_terminal_and_die(signo);
    pending_termination = signo;
}

// kill(), sigqueue() and tgkill() from another process: si_code <= 0 (SI_USER, SI_QUEUE,
// SI_TKILL…) with the sender's pid. abort() and raise() in this process send with our own pid.
static int sent_from_outside(const siginfo_t *info) {
    return info != NULL && info->si_code <= 0 && info->si_pid != getpid();
}

static void on_fault(int signo, siginfo_t *info, void *context) {
    (void)context;
    if (sent_from_outside(info)) {
        note_termination(signo);
        return;
    }
    endwin();
    write_crash_recovery();
    // Swift's backtracer, which runs next, waits for a key when stdin is a terminal; a crashed
    // reader should print its backtrace and exit, so its stdin becomes /dev/null.
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd >= 0) dup2(null_fd, STDIN_FILENO);
    for (unsigned i = 0; i < FAULT_COUNT; i++) {
        if (faults[i] == signo) sigaction(signo, &previous[i], NULL);
    }
    // Delivered once this handler returns (the signal is blocked while it runs); a real fault
    // also happens again when the faulting instruction runs again, now under the previous action.
    raise(signo);
}

void ct_install_crash_guard(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fault;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO;  // no SA_RESTART: a wait for a key returns at once
    for (unsigned i = 0; i < FAULT_COUNT; i++) sigaction(faults[i], &action, &previous[i]);
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
