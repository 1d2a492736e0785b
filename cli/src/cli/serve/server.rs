//! The origin's HTTP/1.1 server: hyper on tokio, with the limits a server
//! facing the internet needs.
//!
//! - Header read timeout (hyper's, with tokio's timer) and a total body read
//!   timeout (408), so a client trickling bytes holds one connection for a
//!   bounded time and never a worker: connections are tasks, and the blocking
//!   work (the database) runs on tokio's blocking pool only once the whole
//!   request is in.
//! - Bodies over [`MAX_BODY`] are refused with 413 (from `Content-Length`
//!   before reading, or while reading a chunked body).
//! - At most `max_connections` connections are served at once; past that,
//!   new ones wait in the listen backlog until one closes.
//! - Keep-alive.
//! - Graceful shutdown on SIGTERM or SIGINT: the listener closes, requests in
//!   flight finish and are answered, idle connections close, then (after at
//!   most `grace`) the caller closes the database.
//! - A panic anywhere in a request becomes a JSON 500 (tower-http's
//!   `CatchPanic`), never a dropped process.

use super::http::{Origin, Reply, Request, MAX_BODY};
use super::CliError;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderName, HeaderValue, CONTENT_LENGTH, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::{Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// The server's limits.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Time a client has to send a request's headers.
    pub header_timeout: Duration,
    /// Time a client has to send a request's whole body.
    pub body_timeout: Duration,
    /// Connections served at once.
    pub max_connections: usize,
    /// How long a shutdown waits for requests in flight.
    pub grace: Duration,
    /// Worker threads of the runtime.
    pub threads: usize,
}

fn to_response(reply: Reply) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(reply.body)));
    *response.status_mut() =
        StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(reply.content_type));
    for (name, value) in reply.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            headers.append(name, value);
        }
    }
    response
}

fn panicked(_: Box<dyn std::any::Any + Send + 'static>) -> Response<Full<Bytes>> {
    closing(Reply::error(500, "internal error: the handler panicked"))
}

fn closing(reply: Reply) -> Response<Full<Bytes>> {
    let mut response = to_response(reply);
    response
        .headers_mut()
        .insert("connection", HeaderValue::from_static("close"));
    response
}

async fn answer(
    origin: Arc<Origin>,
    limits: Limits,
    req: hyper::Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let (parts, body) = req.into_parts();
    let too_large = || {
        closing(Reply::error(
            413,
            format!("request body is larger than {} kB", MAX_BODY / 1024),
        ))
    };
    let declared = parts
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return Ok(too_large());
    }
    let read = tokio::time::timeout(limits.body_timeout, Limited::new(body, MAX_BODY).collect());
    let body = match read.await {
        Err(_) => {
            return Ok(closing(Reply::error(
                408,
                format!(
                    "request body not received within {} s",
                    limits.body_timeout.as_secs_f32()
                ),
            )))
        }
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => return Ok(too_large()),
        Ok(Err(e)) => {
            return Ok(closing(Reply::error(
                400,
                format!("cannot read the request body: {e}"),
            )))
        }
        Ok(Ok(collected)) => collected.to_bytes(),
    };
    let request = Request {
        method: parts.method.as_str().to_ascii_uppercase(),
        target: parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_string(), |p| p.as_str().to_string()),
        headers: parts
            .headers
            .iter()
            .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect(),
        body: body.to_vec(),
    };
    let reply = tokio::task::spawn_blocking(move || origin.handle(request))
        .await
        .unwrap_or_else(|e| Reply::error(500, format!("internal error: {e}")));
    Ok(to_response(reply))
}

/// Waits for SIGTERM or SIGINT.
async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => eprintln!("SIGTERM: shutting down"),
                    _ = interrupt => eprintln!("SIGINT: shutting down"),
                }
            }
            Err(e) => {
                eprintln!("cannot listen for SIGTERM ({e}); SIGINT still works");
                let _ = interrupt.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
        eprintln!("interrupted: shutting down");
    }
}

/// Serves `origin` on `listener` until SIGTERM/SIGINT, then drains.
pub fn run(
    listener: std::net::TcpListener,
    origin: Arc<Origin>,
    limits: Limits,
) -> Result<(), CliError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(limits.threads.max(1))
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server runtime: {e}"))?;
    runtime.block_on(serve(listener, origin, limits))
}

async fn serve(
    listener: std::net::TcpListener,
    origin: Arc<Origin>,
    limits: Limits,
) -> Result<(), CliError> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let graceful = GracefulShutdown::new();
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let stop = shutdown_signal();
    tokio::pin!(stop);
    loop {
        let permit = tokio::select! {
            p = Arc::clone(&permits).acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
            _ = &mut stop => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little, do not spin.
                    eprintln!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let origin = Arc::clone(&origin);
        let service = tower::ServiceBuilder::new()
            .layer(tower_http::catch_panic::CatchPanicLayer::custom(panicked))
            .service(tower::service_fn(move |req| {
                answer(Arc::clone(&origin), limits, req)
            }));
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout)
            .keep_alive(true)
            .max_buf_size(64 * 1024)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => eprintln!("all connections closed"),
        _ = tokio::time::sleep(limits.grace) => {
            eprintln!("shutdown: requests still in flight after {} s; closing anyway", limits.grace.as_secs());
        }
    }
    Ok(())
}
