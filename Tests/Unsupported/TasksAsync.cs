// Tasks and async/await made deterministic: Task.Run + Wait/Result, Task.FromResult, ContinueWith, WhenAll, async methods with await, exceptions through await and AggregateException, CancellationToken.
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
class TasksAsync {
    static async Task<int> AddAsync(int a, int b) { await Task.Yield(); return a + b; }
    static async Task<string> ChainAsync() { int x = await AddAsync(1, 2); int y = await AddAsync(x, 10); return "chain=" + y; }
    static async Task ThrowAsync() { await Task.Delay(1); throw new InvalidOperationException("async failure"); }
    static async Task<int> SumAsync(int n) { int s = 0; for (int i = 1; i <= n; i++) s += await Task.FromResult(i); return s; }
    static void Main() {
        var t = Task.Run(() => 6 * 7);
        Console.WriteLine("Task.Run result " + t.Result + " status " + t.Status);
        var v = Task.Run(() => Console.WriteLine("action task ran"));
        v.Wait();
        Console.WriteLine("completed " + v.IsCompleted + " faulted " + v.IsFaulted);
        Console.WriteLine(Task.FromResult("ready").Result + " " + Task.CompletedTask.IsCompleted);
        var cont = Task.Run(() => 10).ContinueWith(p => p.Result * 3);
        Console.WriteLine("continuation " + cont.Result);
        var all = Task.WhenAll(Enumerable.Range(1, 5).Select(i => Task.Run(() => i * i)));
        Console.WriteLine("WhenAll " + string.Join(",", all.Result));
        Console.WriteLine(ChainAsync().Result);
        Console.WriteLine("SumAsync " + SumAsync(100).GetAwaiter().GetResult());
        try { ThrowAsync().Wait(); } catch (AggregateException e) { Console.WriteLine("AggregateException inner: " + e.InnerException.GetType().Name + " " + e.InnerException.Message); }
        try { ThrowAsync().GetAwaiter().GetResult(); } catch (InvalidOperationException e) { Console.WriteLine("direct: " + e.Message); }
        var faulted = Task.Run(() => { throw new ArgumentException("bad arg"); });
        try { faulted.Wait(); } catch (AggregateException) { }
        Console.WriteLine("faulted status " + faulted.Status + " " + faulted.Exception.InnerExceptions.Count);
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Console.WriteLine("token cancelled " + cts.Token.IsCancellationRequested);
        try { Task.Run(() => { cts.Token.ThrowIfCancellationRequested(); }, cts.Token).Wait(); } catch (AggregateException e) { Console.WriteLine("cancel: " + e.InnerException.GetType().Name); }
        var tcs = new TaskCompletionSource<string>();
        Task.Run(() => tcs.SetResult("from TCS"));
        Console.WriteLine(tcs.Task.Result);
        Task<int> any = Task.WhenAny(Task.FromResult(1), new TaskCompletionSource<int>().Task).Result;
        Console.WriteLine("WhenAny " + any.Result);
        var delayed = Task.Delay(5).ContinueWith(_ => "after delay");
        Console.WriteLine(delayed.Result);
        var results = new int[4];
        Parallel.For(0, 4, i => results[i] = i * 10);
        Console.WriteLine("Parallel.For " + string.Join(",", results));
        Console.WriteLine("done");
    }
}
