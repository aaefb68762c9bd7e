#include "cterminal.h"
#include <signal.h>
#include <string.h>

static const int guarded[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
#define GUARDED_COUNT (sizeof guarded / sizeof guarded[0])
static struct sigaction previous[GUARDED_COUNT];

static void restore_terminal_and_reraise(int signo) {
    endwin();
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
