// System.Linq.Expressions: building expression trees by hand, lambda expressions converted to Expression<Func<>>, ToString of trees, Compile and invoke, parameter replacement, node types.
using System;
using System.Linq;
using System.Linq.Expressions;
class LinqExpressionTrees {
    static void Main() {
        Expression<Func<int, int, int>> add = (a, b) => a + b * 2;
        Console.WriteLine(add.ToString());
        Console.WriteLine(add.Body.NodeType + " " + add.Parameters.Count + " " + add.ReturnType.Name);
        Console.WriteLine(add.Compile()(3, 4));
        var x = Expression.Parameter(typeof(double), "x");
        var body = Expression.Add(Expression.Multiply(x, x), Expression.Constant(1.0));
        var lam = Expression.Lambda<Func<double, double>>(body, x);
        Console.WriteLine(lam + " => " + lam.Compile()(3));
        Expression<Func<string, bool>> pred = s => s.Length > 3 && s.StartsWith("a");
        Console.WriteLine(pred);
        var f = pred.Compile();
        Console.WriteLine(string.Join(",", new[] { "apple", "ax", "avocado", "banana" }.Where(f)));
        var be = (BinaryExpression)add.Body;
        Console.WriteLine(be.Left + " | " + be.Right + " | " + be.Right.NodeType);
        var cond = Expression.Condition(Expression.GreaterThan(x, Expression.Constant(0.0)), Expression.Constant("pos"), Expression.Constant("non-pos"));
        var sign = Expression.Lambda<Func<double, string>>(cond, x).Compile();
        Console.WriteLine(sign(5) + " " + sign(-1));
        var call = Expression.Call(typeof(Math).GetMethod("Sqrt"), x);
        Console.WriteLine(Expression.Lambda<Func<double, double>>(call, x).Compile()(16));
        Expression<Func<int>> constant = () => 42;
        Console.WriteLine(constant.Body.NodeType + " " + constant.Compile()());
        var n = Expression.Parameter(typeof(int), "n");
        var result = Expression.Variable(typeof(int), "result");
        var label = Expression.Label(typeof(int));
        var loop = Expression.Block(new[] { result },
            Expression.Assign(result, Expression.Constant(1)),
            Expression.Loop(Expression.IfThenElse(Expression.GreaterThan(n, Expression.Constant(1)),
                Expression.Block(Expression.MultiplyAssign(result, n), Expression.PostDecrementAssign(n)),
                Expression.Break(label, result)), label));
        var fact = Expression.Lambda<Func<int, int>>(loop, n).Compile();
        Console.WriteLine("5! = " + fact(5) + ", 10! = " + fact(10));
        Expression<Func<int, bool>> isEven = i => i % 2 == 0;
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 10).AsQueryable().Where(isEven).Select(i => i * i)));
        var member = Expression.Property(Expression.Constant("hello"), "Length");
        Console.WriteLine(member + " = " + Expression.Lambda<Func<int>>(member).Compile()());
        var newArr = Expression.NewArrayInit(typeof(int), Expression.Constant(1), Expression.Constant(2));
        Console.WriteLine(newArr.Type.Name + " " + Expression.Lambda<Func<int[]>>(newArr).Compile()().Length);
    }
}
