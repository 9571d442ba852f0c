// A raw TCP echo server on 127.0.0.1 (a free port), with epoll in one thread: what loopback
// itself gives, the baseline of echo_bench's RTT and bandwidth figures. Prints "ready PORT".
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

struct Peer
{
    std::string unsent; // read but not yet written back
};

void nonBlocking(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

} // namespace

int main()
{
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    const int on = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0
        || listen(listener, 1024) != 0
        || getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        std::perror("tcp_echo_server");
        return 1;
    }
    nonBlocking(listener);
    const int poller = epoll_create1(0);
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = listener;
    epoll_ctl(poller, EPOLL_CTL_ADD, listener, &event);
    std::printf("ready %d\n", ntohs(address.sin_port));
    std::fflush(stdout);

    std::unordered_map<int, Peer> peers;
    std::vector<char> buffer(256 * 1024);
    std::vector<epoll_event> events(256);
    const auto close_ = [&](int fd) {
        epoll_ctl(poller, EPOLL_CTL_DEL, fd, nullptr);
        close(fd);
        peers.erase(fd);
    };
    for (;;) {
        const int n = epoll_wait(poller, events.data(), int(events.size()), -1);
        for (int i = 0; i < n; ++i) {
            const int fd = events[std::size_t(i)].data.fd;
            if (fd == listener) {
                int peer;
                while ((peer = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK)) >= 0) {
                    setsockopt(peer, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
                    epoll_event e {};
                    e.events = EPOLLIN;
                    e.data.fd = peer;
                    epoll_ctl(poller, EPOLL_CTL_ADD, peer, &e);
                    peers[peer];
                }
                continue;
            }
            Peer &peer = peers[fd];
            if (!peer.unsent.empty()) { // writable again
                const ssize_t w = write(fd, peer.unsent.data(), peer.unsent.size());
                if (w > 0)
                    peer.unsent.erase(0, std::size_t(w));
                if (peer.unsent.empty()) {
                    epoll_event e {};
                    e.events = EPOLLIN;
                    e.data.fd = fd;
                    epoll_ctl(poller, EPOLL_CTL_MOD, fd, &e);
                }
                continue;
            }
            const ssize_t r = read(fd, buffer.data(), buffer.size());
            if (r == 0 || (r < 0 && errno != EAGAIN)) {
                close_(fd);
                continue;
            }
            if (r < 0)
                continue;
            const ssize_t w = write(fd, buffer.data(), std::size_t(r));
            const std::size_t done = w > 0 ? std::size_t(w) : 0;
            if (done < std::size_t(r)) { // the peer is not reading: wait until it does
                peer.unsent.assign(buffer.data() + done, std::size_t(r) - done);
                epoll_event e {};
                e.events = EPOLLOUT;
                e.data.fd = fd;
                epoll_ctl(poller, EPOLL_CTL_MOD, fd, &e);
            }
        }
    }
}
